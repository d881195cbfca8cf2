using VirtualSchool.Portal.Core;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>One answer on "Check your answers": the question, the answer in words, and where to change it.</summary>
public sealed record FormCheckRow(string Question, string Answer, string ChangeUrl, string Name);
