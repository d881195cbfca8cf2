namespace VirtualSchool.Portal.Core.Content;

/// <summary>A 301 from a path a published node used to have to the node itself.</summary>
public sealed class RedirectUrl
{
    public int Id { get; set; }
    public string OldPath { get; set; } = "";
    public Guid NodeKey { get; set; }
    public DateTime CreateDate { get; set; }
}
