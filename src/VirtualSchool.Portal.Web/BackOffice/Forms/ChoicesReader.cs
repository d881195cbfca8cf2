using Microsoft.AspNetCore.Http;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>Reads a choice question's values: typed rows, or a data type, or a document type with an optional root page.</summary>
public static class ChoicesReader
{
    public static (List<FormPreValue> Rows, PreValueSource? Source) Read(IFormCollection posted, FieldChoices offered, Guid? root, FormErrors errors)
    {
        var rows = new List<FormPreValue>();
        for (var i = 0; i < FieldChoices.MaxRows; i++)
        {
            var value = posted[$"prevalue-{i}"].ToString().Trim();
            var caption = posted[$"precaption-{i}"].ToString().Trim();
            if (value.Length == 0 && caption.Length == 0)
            {
                continue;
            }

            if (value.Length == 0)
            {
                value = caption;
            }

            if (value.Length > 500 || caption.Length > 500)
            {
                errors.Add($"prevalue-{i}", $"Choice {i + 1}: the value and caption must be 500 characters or fewer");
            }
            else if (rows.Any(r => string.Equals(r.Value, value, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"prevalue-{i}", $"Choice {i + 1}: another choice has the value '{value}'");
            }

            rows.Add(new FormPreValue { Value = value, Caption = caption });
        }

        var kind = posted["source"].ToString();
        if (kind == nameof(PreValueSourceKind.DataType))
        {
            var ok = Guid.TryParse(posted["dataType"], out var key) && offered.DataTypes.Any(d => d.Key == key);
            if (!ok)
            {
                errors.Add("dataType", "Select the data type whose values are the choices");
            }

            return (rows, new PreValueSource { Kind = PreValueSourceKind.DataType, DataTypeKey = ok ? key : null });
        }

        if (kind == nameof(PreValueSourceKind.DocumentType))
        {
            var alias = posted["documentType"].ToString();
            var ok = offered.DocumentTypes.Any(d => d.Alias == alias);
            if (!ok)
            {
                errors.Add("documentType", "Select the document type whose pages are the choices");
            }

            return (rows, new PreValueSource { Kind = PreValueSourceKind.DocumentType, DocumentTypeAlias = ok ? alias : null, RootKey = root });
        }

        if (rows.Count == 0)
        {
            errors.Add("prevalue-0", "Enter at least one choice");
        }

        return (rows, null);
    }
}
