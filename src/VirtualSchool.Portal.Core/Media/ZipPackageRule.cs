namespace VirtualSchool.Portal.Core.Media;

/// <summary>
/// A zip-based format's inner check: the zip must hold <see cref="Entry"/>, and when <see cref="Content"/> is
/// set that entry must hold exactly that text (ODF's <c>mimetype</c>). Checked by the infrastructure, which
/// can open zips; the rules stay here.
/// </summary>
public sealed record ZipPackageRule(string Entry, string? Content = null);
