using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Feedback;
using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Infrastructure.Persistence;

/// <summary>
/// The portal's database. The schema is created by the hand-written migrations in <c>Migrations/</c>
/// (EF Core's design-time tools cannot be installed here); keep the two in step.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options)
{
    public DbSet<DataType> DataTypes => Set<DataType>();
    public DbSet<ContentType> ContentTypes => Set<ContentType>();
    public DbSet<ContentNode> ContentNodes => Set<ContentNode>();
    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<RedirectUrl> RedirectUrls => Set<RedirectUrl>();
    public DbSet<Domain> Domains => Set<Domain>();
    public DbSet<FeedbackEntry> Feedback => Set<FeedbackEntry>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<ContentSchedule> ContentSchedules => Set<ContentSchedule>();
    public DbSet<Email.OutboxMessage> OutboxMessages => Set<Email.OutboxMessage>();
    public DbSet<Jobs.JobRunEntry> JobRuns => Set<Jobs.JobRunEntry>();
    public DbSet<PublicAccessRule> PublicAccessRules => Set<PublicAccessRule>();
    public DbSet<Cluster.CacheInstruction> CacheInstructions => Set<Cluster.CacheInstruction>();
    public DbSet<Core.Training.TrainingSession> TrainingSessions => Set<Core.Training.TrainingSession>();
    public DbSet<Core.Training.Booking> Bookings => Set<Core.Training.Booking>();
    public DbSet<Core.Forms.FormDefinition> Forms => Set<Core.Forms.FormDefinition>();
    public DbSet<Core.Forms.FormFolder> FormFolders => Set<Core.Forms.FormFolder>();
    public DbSet<Core.Forms.FormVersion> FormVersions => Set<Core.Forms.FormVersion>();
    public DbSet<Core.Forms.FormEntry> FormEntries => Set<Core.Forms.FormEntry>();
    public DbSet<Core.Forms.FormEntryFile> FormEntryFiles => Set<Core.Forms.FormEntryFile>();
    public DbSet<Core.Forms.FormProgress> FormProgress => Set<Core.Forms.FormProgress>();
    public DbSet<Core.Forms.FormWorkflowRun> FormWorkflowRuns => Set<Core.Forms.FormWorkflowRun>();
    public DbSet<Core.Search.SynonymGroup> SearchSynonyms => Set<Core.Search.SynonymGroup>();
    public DbSet<BoardData.Persistence.BoardTermRow> BoardDataTerms => Set<BoardData.Persistence.BoardTermRow>();
    public DbSet<BoardData.Persistence.BoardTermVersionRow> BoardDataVersions => Set<BoardData.Persistence.BoardTermVersionRow>();

    /// <summary>
    /// Each feature's tables are configured beside it (<c>&lt;Feature&gt;/Persistence/*Configuration.cs</c>); this is the
    /// only context in this assembly, so every configuration in it is this context's.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
}
