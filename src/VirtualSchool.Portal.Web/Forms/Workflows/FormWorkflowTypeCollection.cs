namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>The registered workflow types, by id, in the order the builder offers them.</summary>
public sealed class FormWorkflowTypeCollection(IEnumerable<FormWorkflowType> types)
{
    private readonly Dictionary<Guid, FormWorkflowType> _byId = types.ToDictionary(t => t.Id);

    public IReadOnlyList<FormWorkflowType> All { get; } = types.ToList();

    public FormWorkflowType? Find(Guid id) => _byId.GetValueOrDefault(id);
}
