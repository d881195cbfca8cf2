namespace VirtualSchool.Portal.Infrastructure.BoardData;

/// <summary>The audit log's names for what a data officer does with the Board's figures (beside <c>AuditActions</c>).</summary>
public static class BoardDataAuditActions
{
    public const string ItemType = "board-data";
    public const string Upload = "board-data-upload";
    public const string UploadRefused = "board-data-upload-refused";
    public const string Commentary = "board-data-commentary";
    public const string Publish = "board-data-publish";
    public const string Seed = "board-data-seed";
}
