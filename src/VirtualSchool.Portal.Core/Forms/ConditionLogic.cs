namespace VirtualSchool.Portal.Core.Forms;

/// <summary>Whether all of a condition's rules must match, or any one.</summary>
public enum ConditionLogic
{
    All = 0,
    Any = 1,
}
