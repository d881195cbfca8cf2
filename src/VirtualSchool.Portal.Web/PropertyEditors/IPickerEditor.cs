namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>What the back-office picker control (a search, its matches as radios, the chosen item) needs of a picker editor.</summary>
public interface IPickerEditor
{
    /// <summary>What is picked, in words: "page", "file".</summary>
    string Noun { get; }

    /// <summary>Said of a stored value that no longer resolves ("not a published page").</summary>
    string NotFound { get; }

    /// <summary>What the search looked in, for "No … match": "published pages".</summary>
    string SearchedIn { get; }

    /// <summary>The stored value as the form's hidden input carries it (a page's UDI, a file's key).</summary>
    string? Current(string? value);
}
