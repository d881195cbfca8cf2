namespace VirtualSchool.Portal.Core.Querying;

/// <summary>How a property's values are compared, decided by its editor (<see cref="PropertyEditors.IDataEditor.IndexKind"/>).</summary>
public enum IndexedKind
{
    /// <summary>Not filterable or sortable (rich text, Markdown, blocks, links).</summary>
    None = 0,
    Text,
    Number,
    Date,
    Boolean,
}
