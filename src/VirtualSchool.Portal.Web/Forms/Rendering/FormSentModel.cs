namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>The confirmation after a submit: the form's message in a GOV.UK panel, and the way back to the page.</summary>
public sealed record FormSentModel(PlacedForm Placed);
