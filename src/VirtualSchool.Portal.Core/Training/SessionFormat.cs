namespace VirtualSchool.Portal.Core.Training;

public enum SessionFormat
{
    InPerson = 0,
    Online = 1,
}
