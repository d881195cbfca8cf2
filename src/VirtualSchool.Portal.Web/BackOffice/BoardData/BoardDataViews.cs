namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>The Board data screens' views, in <c>Areas/BackOffice/Views/BoardData</c>.</summary>
public static class BoardDataViews
{
    private const string Folder = "~/Areas/BackOffice/Views/BoardData/";
    public const string Index = Folder + "Index.cshtml";
    public const string Upload = Folder + "Upload.cshtml";
    public const string Term = Folder + "Term.cshtml";
    public const string Publish = Folder + "Publish.cshtml";
    public const string Versions = Folder + "Versions.cshtml";
    public const string Version = Folder + "Version.cshtml";
    public const string UploadTooLarge = Folder + "UploadTooLarge.cshtml";

    /// <summary>The screens' address.</summary>
    public const string Base = "umbraco/board-data";
}
