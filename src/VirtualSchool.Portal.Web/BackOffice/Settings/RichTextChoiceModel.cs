using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Settings;

/// <summary>The first step of changing a Markdown property to rich text: which rich-text data type.</summary>
public sealed record RichTextChoiceModel(ContentType DocumentType, PropertyType Property, IReadOnlyList<DataType> DataTypes, string? Error = null);
