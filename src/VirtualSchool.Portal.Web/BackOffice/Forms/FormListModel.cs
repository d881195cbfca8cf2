using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>The forms the user sees, by folder (folders hold folders), and whether they may create and move them.</summary>
public sealed record FormListModel(IReadOnlyList<FormFolder> Folders, IReadOnlyList<FormListRow> Forms, bool CanManage)
{
    public IEnumerable<FormFolder> FoldersIn(Guid? parent) => Folders.Where(f => f.ParentKey == parent);

    public IEnumerable<FormListRow> FormsIn(Guid? folder) => Forms.Where(f => f.Form.FolderKey == folder);

    /// <summary>A folder's name with its parents' ("Schools › Requests"), for the folder choices.</summary>
    public static string PathOf(IReadOnlyList<FormFolder> folders, FormFolder folder)
    {
        var names = new List<string> { folder.Name };
        var seen = new HashSet<Guid> { folder.Key };
        for (var parent = folder.ParentKey; parent is { } p && seen.Add(p);)
        {
            var up = folders.FirstOrDefault(f => f.Key == p);
            if (up is null)
            {
                break;
            }

            names.Insert(0, up.Name);
            parent = up.ParentKey;
        }

        return string.Join(" › ", names);
    }
}
