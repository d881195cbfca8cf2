using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Settings;

/// <summary>A document type as the Settings list shows it: its own properties, each with its data type's name.</summary>
public sealed record DocumentTypeRow(ContentType Type, IReadOnlyList<DocumentTypePropertyRow> Properties);

/// <summary>A property, its data type and whether it can be changed from Markdown to rich text.</summary>
public sealed record DocumentTypePropertyRow(PropertyType Property, string DataTypeName, bool IsMarkdown);
