using System.Reflection;

namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>An assembly whose embedded <c>EmailTemplates/</c> files the portal's emails are written from.</summary>
public sealed record EmailTemplateSource(Assembly Assembly);
