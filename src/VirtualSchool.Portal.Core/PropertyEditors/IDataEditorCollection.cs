namespace VirtualSchool.Portal.Core.PropertyEditors;

/// <summary>The property editors the portal knows, by alias: the one place an editor alias is looked up.</summary>
public interface IDataEditorCollection
{
    /// <summary>The editor of an alias; an alias the portal does not know gets the raw-text editor, which keeps values as they are.</summary>
    IDataEditor For(string editorAlias);
}
