namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

public static class FieldTypesSetup
{
    /// <summary>Registers a field type (one class per Umbraco Forms field type); the builder offers them in this order.</summary>
    public static IServiceCollection AddFormFieldType<TFieldType>(this IServiceCollection services)
        where TFieldType : FormFieldType
    {
        services.AddSingleton<TFieldType>();
        services.AddSingleton<FormFieldType>(sp => sp.GetRequiredService<TFieldType>());
        return services;
    }

    public static IServiceCollection AddFormFieldTypes(this IServiceCollection services) =>
        services
            .AddFormFieldType<ShortAnswerFieldType>()
            .AddFormFieldType<LongAnswerFieldType>()
            .AddFormFieldType<DateFieldType>()
            .AddFormFieldType<CheckboxFieldType>()
            .AddFormFieldType<MultipleChoiceFieldType>()
            .AddFormFieldType<SingleChoiceFieldType>()
            .AddFormFieldType<DropdownFieldType>()
            .AddFormFieldType<FileUploadFieldType>()
            .AddFormFieldType<DataConsentFieldType>()
            .AddFormFieldType<TitleAndDescriptionFieldType>()
            .AddFormFieldType<HiddenFieldType>()
            .AddFormFieldType<RichTextFieldType>()
            .AddSingleton<FormFieldTypeCollection>();
}
