namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// Umbraco Forms' field type ids (fixed in Umbraco Forms, so forms exported from it import unchanged). What each one
/// does is one class in the web project's <c>Forms/FieldTypes/</c>; nothing else switches on these.
/// </summary>
public static class FieldTypeIds
{
    public static readonly Guid ShortAnswer = new("3f92e01b-29e2-4a30-bf33-9df5580ed52c");
    public static readonly Guid LongAnswer = new("023f09ac-1445-4bcb-b8fa-ab49f33bd046");
    public static readonly Guid Date = new("f8b4c3b8-af28-11de-9dd8-ef5956d89593");
    public static readonly Guid Checkbox = new("d5c0c390-ae9a-11de-a69e-666455d89593");
    public static readonly Guid MultipleChoice = new("fab43f20-a6bf-11de-a28f-9b5755d89593");
    public static readonly Guid SingleChoice = new("903df9b0-a78c-11de-9fc1-db7a56d89593");
    public static readonly Guid Dropdown = new("0dd29d42-a6a5-11de-a2f2-222256d89593");
    public static readonly Guid FileUpload = new("84a17cf8-b711-46a6-9840-0e4a072ad000");
    public static readonly Guid DataConsent = new("a72c9df9-3847-47cf-afb8-b86773fd12cd");
    public static readonly Guid TitleAndDescription = new("e3fbf6c4-f46c-495e-aff8-4b3c227b4a98");
    public static readonly Guid Hidden = new("da206cae-1c52-434e-b21a-4a7c198af877");
    public static readonly Guid RichText = new("1f8d45f8-76e6-4550-a0f5-9637b8454619");
}
