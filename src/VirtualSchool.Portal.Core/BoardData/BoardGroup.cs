namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>
/// A group of children a figure is about: every child (<see cref="BoardGroups.All"/>), or one part of a breakdown
/// (sex, placement). The parts of one breakdown add up to every child, which is what secondary suppression guards.
/// </summary>
public sealed record BoardGroup(string Code, string Name, string? Breakdown);
