using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;
using VirtualSchool.Portal.Web.Forms.Rendering;

namespace VirtualSchool.Portal.Web.Forms.Api;

/// <summary>What the forms API's handlers use, taken as one parameter (<c>[AsParameters]</c>).</summary>
public sealed record FormsApiServices(
    FormStore Forms,
    FormDefinitionJson Definitions,
    FormFieldTypeCollection Types,
    FormChoices Choices,
    FormJourney Journey,
    IPublishedContentCache Cache,
    IPublicAccess Access);
