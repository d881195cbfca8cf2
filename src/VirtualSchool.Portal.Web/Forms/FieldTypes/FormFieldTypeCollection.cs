namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>The registered field types, by id, in the order the builder offers them.</summary>
public sealed class FormFieldTypeCollection(IEnumerable<FormFieldType> types)
{
    private readonly Dictionary<Guid, FormFieldType> _byId = types.ToDictionary(t => t.Id);

    public IReadOnlyList<FormFieldType> All { get; } = types.ToList();

    /// <summary>The type with this id; null for a type the portal does not have (a field imported from elsewhere).</summary>
    public FormFieldType? Find(Guid id) => _byId.GetValueOrDefault(id);
}
