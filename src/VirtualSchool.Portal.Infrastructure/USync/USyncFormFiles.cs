using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// uSync.Forms' files: <c>&lt;Form Key Alias&gt;</c> with the form's name and folder in <c>Info</c> and its JSON in
/// <c>Data</c> (one file per form, found again by its key), and <c>&lt;FormFolder Key Alias&gt;</c> with its parent.
/// </summary>
internal static class USyncFormFiles
{
    public static XElement Form(FormDefinition form, IReadOnlyDictionary<Guid, FormFolder> folders)
    {
        var info = new XElement("Info", new XElement("Name", form.Name));
        if (form.FolderKey is { } folderKey)
        {
            info.Add(new XElement("Folder", new XAttribute("Key", folderKey), FolderPath(folderKey, folders)));
        }

        return new XElement(
            "Form",
            new XAttribute("Key", form.Key),
            new XAttribute("Alias", SafeAlias(form.Name)),
            new XAttribute("Level", 1),
            info,
            new XElement("Data", USyncWriter.CData(USyncFormJson.Write(form))));
    }

    public static XElement Folder(FormFolder folder, IReadOnlyDictionary<Guid, FormFolder> folders) =>
        new(
            "FormFolder",
            new XAttribute("Key", folder.Key),
            new XAttribute("Alias", folder.Name),
            new XAttribute("Level", Depth(folder, folders)),
            new XElement(
                "Info",
                new XElement("Name", folder.Name),
                folder.ParentKey is { } parent ? new XElement("Parent", new XAttribute("Key", parent), FolderPath(parent, folders)) : new XElement("Parent")));

    public static USyncItem ReadForm(string file, XElement root, Guid key, string alias)
    {
        var data = root.Element("Data")?.Value;
        if (string.IsNullOrWhiteSpace(data))
        {
            throw new USyncFormatException("the form file has no Data");
        }

        FormDefinition form;
        try
        {
            form = USyncFormJson.Read(data);
        }
        catch (JsonException ex)
        {
            throw new USyncFormatException($"the form's JSON cannot be read: {ex.Message}");
        }

        if (form.Key == Guid.Empty)
        {
            form.Key = key;
        }
        else if (form.Key != key)
        {
            throw new USyncFormatException("the key in the form's JSON is not the file's Key");
        }

        if (string.IsNullOrWhiteSpace(form.Name))
        {
            form.Name = root.Element("Info")?.Element("Name")?.Value ?? alias;
        }

        var folder = root.Element("Info")?.Element("Folder")?.Attribute("Key")?.Value;
        if (form.FolderKey is null && Guid.TryParse(folder, out var folderKey))
        {
            form.FolderKey = folderKey;
        }

        return new USyncForm(file, key, alias, form);
    }

    public static USyncItem ReadFolder(string file, XElement root, Guid key, string alias)
    {
        var info = root.Element("Info");
        var name = info?.Element("Name")?.Value is { Length: > 0 } n ? n : alias;
        var parent = Guid.TryParse(info?.Element("Parent")?.Attribute("Key")?.Value, out var parentKey) ? parentKey : (Guid?)null;
        return new USyncFormFolder(file, key, alias, name, parent);
    }

    /// <summary>Umbraco's safe alias, as uSync.Forms writes a form's: its name's words run together in camel case.</summary>
    public static string SafeAlias(string name)
    {
        var builder = new StringBuilder(name.Length);
        var startOfWord = false;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = builder.Length > 0;
                continue;
            }

            builder.Append(builder.Length == 0 ? char.ToLowerInvariant(c) : startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return builder.ToString();
    }

    private static string FolderPath(Guid key, IReadOnlyDictionary<Guid, FormFolder> folders) =>
        string.Join("/", Chain(key, folders).Select(f => f.Name));

    private static int Depth(FormFolder folder, IReadOnlyDictionary<Guid, FormFolder> folders) => Chain(folder.Key, folders).Count;

    /// <summary>The folder and its ancestors, top first (a loop in the parents stops the walk).</summary>
    private static List<FormFolder> Chain(Guid key, IReadOnlyDictionary<Guid, FormFolder> folders)
    {
        var chain = new List<FormFolder>();
        var seen = new HashSet<Guid>();
        for (Guid? current = key; current is { } k && seen.Add(k) && folders.TryGetValue(k, out var folder); current = folder.ParentKey)
        {
            chain.Insert(0, folder);
        }

        return chain;
    }
}
