namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A file posted to an upload field that passed the checks, waiting for the save to be known to go ahead.</summary>
public sealed record PendingUpload(string Alias, string ErrorTarget, IFormFile File);
