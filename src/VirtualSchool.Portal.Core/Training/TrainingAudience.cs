namespace VirtualSchool.Portal.Core.Training;

/// <summary>
/// Who a course is for and who books: the values of the <c>trainingCourse</c> document type's audiences and of
/// the booking form's role. The slug is the public filter (<c>/training?audience=</c>); the label is what the
/// audiences data type stores and what readers see.
/// </summary>
/// <param name="Role">The singular, as one person choosing their role on the booking form reads it.</param>
public sealed record TrainingAudience(string Slug, string Label, string Role)
{
    public static readonly TrainingAudience DesignatedTeachers = new("designated-teachers", "Designated teachers", "Designated teacher");
    public static readonly TrainingAudience Governors = new("governors", "School governors", "School governor");
    public static readonly TrainingAudience SocialCare = new("social-care", "Social care staff", "Social worker or other social care staff");
    public static readonly TrainingAudience FosterCarers = new("foster-carers", "Foster carers", "Foster carer");
    public static readonly TrainingAudience Other = new("other", "Other professionals", "Another professional");

    public static readonly IReadOnlyList<TrainingAudience> All = [DesignatedTeachers, Governors, SocialCare, FosterCarers, Other];

    /// <summary>The audience with this slug (as typed in a filter or posted by the form), or null.</summary>
    public static TrainingAudience? FromSlug(string? slug) =>
        string.IsNullOrWhiteSpace(slug) ? null : All.FirstOrDefault(a => string.Equals(a.Slug, slug.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The audience with this stored label, or null for a label the portal does not know.</summary>
    public static TrainingAudience? FromLabel(string? label) =>
        string.IsNullOrWhiteSpace(label) ? null : All.FirstOrDefault(a => string.Equals(a.Label, label.Trim(), StringComparison.OrdinalIgnoreCase));
}
