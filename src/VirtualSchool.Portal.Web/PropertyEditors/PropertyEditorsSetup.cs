using Microsoft.Extensions.DependencyInjection.Extensions;
using VirtualSchool.Portal.Core.PropertyEditors;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>The one place the portal's property editors are registered.</summary>
public static class PropertyEditorsSetup
{
    /// <summary>The built-in editors and the collection that looks them up by alias.</summary>
    public static IServiceCollection AddPropertyEditors(this IServiceCollection services)
    {
        services.TryAddSingleton<PropertyEditorCollection>();
        services.TryAddSingleton<IDataEditorCollection>(sp => sp.GetRequiredService<PropertyEditorCollection>());
        return services
            .AddPropertyEditor<TextBoxEditor>()
            .AddPropertyEditor<TextAreaEditor>()
            .AddPropertyEditor<EmailAddressEditor>()
            .AddPropertyEditor<LabelEditor>()
            .AddPropertyEditor<ColorPickerEditor>()
            .AddPropertyEditor<MarkdownEditor>()
            .AddPropertyEditor<RichTextEditor>()
            .AddPropertyEditor<TrueFalseEditor>()
            .AddPropertyEditor<IntegerEditor>()
            .AddPropertyEditor<DecimalEditor>()
            .AddPropertyEditor<SliderEditor>()
            .AddPropertyEditor<DateTimeEditor>()
            .AddPropertyEditor<DateOnlyEditor>()
            .AddPropertyEditor<DateTimeUnspecifiedEditor>()
            .AddPropertyEditor<DateTimeWithTimeZoneEditor>()
            .AddPropertyEditor<TagsEditor>()
            .AddPropertyEditor<CheckBoxListEditor>()
            .AddPropertyEditor<DropDownEditor>()
            .AddPropertyEditor<RadioButtonListEditor>()
            .AddPropertyEditor<MultipleTextstringEditor>()
            .AddPropertyEditor<ContentPickerEditor>()
            .AddPropertyEditor<MultiNodeTreePickerEditor>()
            .AddPropertyEditor<MediaPicker3Editor>()
            .AddPropertyEditor<MediaPickerEditor>()
            .AddPropertyEditor<MultipleMediaPickerEditor>()
            .AddPropertyEditor<MultiUrlPickerEditor>()
            .AddPropertyEditor<UploadFieldEditor>()
            .AddPropertyEditor<BlockListEditor>()
            .AddPropertyEditor<BlockGridEditor>()
            .AddPropertyEditor<FormPickerEditor>();
    }

    /// <summary>
    /// Adds an editor (a singleton, given its services by the container). An editor registered later for an alias
    /// replaces an earlier one, so a site can add an editor or replace a built-in one with one class and this line.
    /// </summary>
    public static IServiceCollection AddPropertyEditor<TEditor>(this IServiceCollection services)
        where TEditor : PropertyEditor
    {
        services.AddSingleton<TEditor>();
        services.AddSingleton<PropertyEditor>(sp => sp.GetRequiredService<TEditor>());
        return services;
    }
}
