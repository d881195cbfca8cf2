namespace VirtualSchool.Portal.Core.Forms;

public enum WorkflowRunStatus
{
    Pending = 0,
    Succeeded = 1,
    Failed = 2,
}
