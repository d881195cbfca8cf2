using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataType>(e =>
        {
            e.ToTable("DataTypes");
            e.HasKey(x => x.Key);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.EditorAlias).HasMaxLength(255);
            e.Property(x => x.EditorUiAlias).HasMaxLength(255);
            e.Property(x => x.DatabaseType).HasMaxLength(50);
            e.Property(x => x.Folder).HasMaxLength(255);
        });

        modelBuilder.Entity<ContentType>(e =>
        {
            e.ToTable("ContentTypes");
            e.HasKey(x => x.Key);
            e.HasIndex(x => new { x.Kind, x.Alias }).IsUnique();
            e.Property(x => x.Alias).HasMaxLength(255);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.Icon).HasMaxLength(255);
            e.Property(x => x.Folder).HasMaxLength(255);
            e.Property(x => x.AllowedChildren).HasConversion(JsonConverter<List<string>>(), JsonComparer<List<string>>());
            e.Property(x => x.Compositions).HasConversion(JsonConverter<List<string>>(), JsonComparer<List<string>>());
            e.Property(x => x.Groups).HasConversion(JsonConverter<List<PropertyGroup>>(), JsonComparer<List<PropertyGroup>>());
            e.Property(x => x.Properties).HasConversion(JsonConverter<List<PropertyType>>(), JsonComparer<List<PropertyType>>());
        });

        modelBuilder.Entity<ContentNode>(e =>
        {
            e.ToTable("ContentNodes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Key).IsUnique();
            e.HasIndex(x => new { x.ParentKey, x.SortOrder });
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.UrlSegment).HasMaxLength(255);
            e.Property(x => x.ContentTypeAlias).HasMaxLength(255);
            e.Property(x => x.TemplateAlias).HasMaxLength(255);
            e.Ignore(x => x.IsPublished);
        });

        modelBuilder.Entity<ContentVersion>(e =>
        {
            e.ToTable("ContentVersions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.NodeId, x.VersionNumber }).IsUnique();
            e.HasOne<ContentNode>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.CreatedBy).HasMaxLength(255);
            e.Property(x => x.Properties).HasConversion(PropertiesConverter(), PropertiesComparer());
        });

        modelBuilder.Entity<MediaItem>(e =>
        {
            e.ToTable("MediaItems");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Key).IsUnique();
            e.HasIndex(x => x.Url);
            e.HasIndex(x => new { x.ParentKey, x.SortOrder });
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.MediaTypeAlias).HasMaxLength(255);
            e.Property(x => x.Url).HasMaxLength(1024);
            e.Property(x => x.StoragePath).HasMaxLength(1024);
            e.Property(x => x.Extension).HasMaxLength(20);
            e.Property(x => x.Properties).HasConversion(PropertiesConverter(), PropertiesComparer());
            e.Ignore(x => x.IsFolder);
        });

        modelBuilder.Entity<RedirectUrl>(e =>
        {
            e.ToTable("RedirectUrls");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.OldPath).IsUnique();
            e.HasIndex(x => x.NodeKey);
            e.Property(x => x.OldPath).HasMaxLength(1024);
        });

        modelBuilder.Entity<Domain>(e =>
        {
            e.ToTable("Domains");
            e.HasKey(x => x.Key);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.Language).HasMaxLength(20);
        });

        modelBuilder.Entity<FeedbackEntry>(e =>
        {
            e.ToTable("Feedback");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Token).IsUnique();
            e.HasIndex(x => new { x.PageKey, x.CreatedAt });
            e.HasIndex(x => x.CreatedAt);
            e.Property(x => x.Path).HasMaxLength(1024);
            e.Property(x => x.Comment).HasMaxLength(FeedbackEntry.MaxCommentLength);
            e.Property(x => x.Token).HasMaxLength(64);
        });

        ConfigureAudit(modelBuilder);
        Training.TrainingModel.Configure(modelBuilder);
        modelBuilder.Entity<ContentSchedule>(e =>
        {
            e.ToTable("ContentSchedules");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.RunAt);
            e.HasIndex(x => x.NodeKey);
            e.Property(x => x.Action).HasMaxLength(20);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.LastError).HasMaxLength(1000);
            e.Ignore(x => x.HasFailed);
        });

        modelBuilder.Entity<Email.OutboxMessage>(e =>
        {
            e.ToTable("EmailOutbox");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.MessageId).IsUnique();
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            e.Property(x => x.MessageId).HasMaxLength(100);
            e.Property(x => x.Category).HasMaxLength(100);
            e.Property(x => x.To).HasMaxLength(320);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.LastError).HasMaxLength(1000);
        });

        modelBuilder.Entity<Jobs.JobRunEntry>(e =>
        {
            e.ToTable("JobRuns");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.JobName, x.Id });
            e.Property(x => x.JobName).HasMaxLength(200);
            e.Property(x => x.Result).HasMaxLength(1000);
        });

        modelBuilder.Entity<Cluster.CacheInstruction>(e =>
        {
            e.ToTable("CacheInstructions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CreatedAt);
            e.Property(x => x.Origin).HasMaxLength(64);
        });

        modelBuilder.Entity<PublicAccessRule>(e =>
        {
            e.ToTable("PublicAccessRules");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Target, x.ItemKey }).IsUnique();
            e.Property(x => x.Groups).HasConversion(JsonConverter<List<string>>(), JsonComparer<List<string>>()).HasMaxLength(4000);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
        });
    }

    private static void ConfigureAudit(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditLog");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.Action, x.At });
            e.HasIndex(x => x.ItemKey);
            e.Property(x => x.Action).HasMaxLength(50);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.ItemType).HasMaxLength(100);
            e.Property(x => x.ItemKey).HasMaxLength(100);
            e.Property(x => x.ItemName).HasMaxLength(255);
            e.Property(x => x.Detail).HasMaxLength(2000);
            e.Property(x => x.IpAddress).HasMaxLength(64);
        });

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> JsonConverter<T>()
        where T : new() =>
        new(v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<T>(v, Json) ?? new T());

    private static ValueComparer<T> JsonComparer<T>() =>
        new(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Json), Json)!);

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Dictionary<string, string?>, string> PropertiesConverter() =>
        new(
            v => JsonSerializer.Serialize(v, Json),
            v => new Dictionary<string, string?>(
                JsonSerializer.Deserialize<Dictionary<string, string?>>(v, Json) ?? new Dictionary<string, string?>(),
                StringComparer.OrdinalIgnoreCase));

    private static ValueComparer<Dictionary<string, string?>> PropertiesComparer() =>
        new(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
            v => new Dictionary<string, string?>(v, StringComparer.OrdinalIgnoreCase));
}
