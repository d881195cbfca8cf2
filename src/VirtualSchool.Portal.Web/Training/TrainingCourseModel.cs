namespace VirtualSchool.Portal.Web.Training;

/// <summary>A course page: the course content and its sessions.</summary>
public sealed record TrainingCourseModel(CourseSessions Course);
