using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>A fieldset on a step: its legend (none when its caption is empty), its fields and its condition for the script.</summary>
public sealed record FormFieldsetModel(FormFieldset Fieldset, string? ConditionJson, IReadOnlyList<FormFieldModel> Fields);
