using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The content engine's first schema: data and content types, the content tree with its versions, media,
/// redirects, domains and page feedback. Written by hand, provider-neutral: column types come from each
/// provider's mapping of the CLR type; identity columns carry both SQLite's and PostgreSQL's annotation.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261123060000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DataTypes",
            columns: table => new
            {
                Key = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 255, nullable: false),
                EditorAlias = table.Column<string>(maxLength: 255, nullable: false),
                EditorUiAlias = table.Column<string>(maxLength: 255, nullable: true),
                DatabaseType = table.Column<string>(maxLength: 50, nullable: true),
                Folder = table.Column<string>(maxLength: 255, nullable: true),
                Configuration = table.Column<string>(nullable: false),
                UpdateDate = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataTypes", x => x.Key));

        migrationBuilder.CreateTable(
            name: "ContentTypes",
            columns: table => new
            {
                Key = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Alias = table.Column<string>(maxLength: 255, nullable: false),
                Name = table.Column<string>(maxLength: 255, nullable: false),
                Icon = table.Column<string>(maxLength: 255, nullable: true),
                Description = table.Column<string>(nullable: true),
                AllowAtRoot = table.Column<bool>(nullable: false),
                IsElement = table.Column<bool>(nullable: false),
                Folder = table.Column<string>(maxLength: 255, nullable: true),
                AllowedChildren = table.Column<string>(nullable: false),
                Compositions = table.Column<string>(nullable: false),
                Groups = table.Column<string>(nullable: false),
                Properties = table.Column<string>(nullable: false),
                UpdateDate = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ContentTypes", x => x.Key));
        migrationBuilder.CreateIndex("IX_ContentTypes_Kind_Alias", "ContentTypes", ["Kind", "Alias"], unique: true);

        migrationBuilder.CreateTable(
            name: "ContentNodes",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                Key = table.Column<Guid>(nullable: false),
                ParentKey = table.Column<Guid>(nullable: true),
                Level = table.Column<int>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 255, nullable: false),
                UrlSegment = table.Column<string>(maxLength: 255, nullable: false),
                ContentTypeAlias = table.Column<string>(maxLength: 255, nullable: false),
                TemplateAlias = table.Column<string>(maxLength: 255, nullable: true),
                Trashed = table.Column<bool>(nullable: false),
                CreateDate = table.Column<DateTime>(nullable: false),
                UpdateDate = table.Column<DateTime>(nullable: false),
                DraftVersionId = table.Column<long>(nullable: false),
                PublishedVersionId = table.Column<long>(nullable: true),
                PublishDate = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ContentNodes", x => x.Id));
        migrationBuilder.CreateIndex("IX_ContentNodes_Key", "ContentNodes", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_ContentNodes_ParentKey_SortOrder", "ContentNodes", ["ParentKey", "SortOrder"]);

        migrationBuilder.CreateTable(
            name: "ContentVersions",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                NodeId = table.Column<int>(nullable: false),
                VersionNumber = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 255, nullable: false),
                Properties = table.Column<string>(nullable: false),
                CreateDate = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 255, nullable: true),
                PublishedDate = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContentVersions", x => x.Id);
                table.ForeignKey("FK_ContentVersions_ContentNodes_NodeId", x => x.NodeId, "ContentNodes", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ContentVersions_NodeId_VersionNumber", "ContentVersions", ["NodeId", "VersionNumber"], unique: true);

        migrationBuilder.CreateTable(
            name: "MediaItems",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                Key = table.Column<Guid>(nullable: false),
                ParentKey = table.Column<Guid>(nullable: true),
                Level = table.Column<int>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 255, nullable: false),
                MediaTypeAlias = table.Column<string>(maxLength: 255, nullable: false),
                Trashed = table.Column<bool>(nullable: false),
                CreateDate = table.Column<DateTime>(nullable: false),
                UpdateDate = table.Column<DateTime>(nullable: false),
                Properties = table.Column<string>(nullable: false),
                Url = table.Column<string>(maxLength: 1024, nullable: true),
                StoragePath = table.Column<string>(maxLength: 1024, nullable: true),
                Bytes = table.Column<long>(nullable: true),
                Extension = table.Column<string>(maxLength: 20, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MediaItems", x => x.Id));
        migrationBuilder.CreateIndex("IX_MediaItems_Key", "MediaItems", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_MediaItems_Url", "MediaItems", "Url");
        migrationBuilder.CreateIndex("IX_MediaItems_ParentKey_SortOrder", "MediaItems", ["ParentKey", "SortOrder"]);

        migrationBuilder.CreateTable(
            name: "RedirectUrls",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                OldPath = table.Column<string>(maxLength: 1024, nullable: false),
                NodeKey = table.Column<Guid>(nullable: false),
                CreateDate = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RedirectUrls", x => x.Id));
        migrationBuilder.CreateIndex("IX_RedirectUrls_OldPath", "RedirectUrls", "OldPath", unique: true);
        migrationBuilder.CreateIndex("IX_RedirectUrls_NodeKey", "RedirectUrls", "NodeKey");

        migrationBuilder.CreateTable(
            name: "Domains",
            columns: table => new
            {
                Key = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 255, nullable: false),
                RootKey = table.Column<Guid>(nullable: false),
                Language = table.Column<string>(maxLength: 20, nullable: true),
                IsWildcard = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Domains", x => x.Key));

        migrationBuilder.CreateTable(
            name: "Feedback",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                PageKey = table.Column<Guid>(nullable: false),
                Path = table.Column<string>(maxLength: 1024, nullable: false),
                Useful = table.Column<bool>(nullable: false),
                Comment = table.Column<string>(maxLength: 1200, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CommentedAt = table.Column<DateTime>(nullable: true),
                Token = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Feedback", x => x.Id));
        migrationBuilder.CreateIndex("IX_Feedback_Token", "Feedback", "Token", unique: true);
        migrationBuilder.CreateIndex("IX_Feedback_PageKey_CreatedAt", "Feedback", ["PageKey", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_Feedback_CreatedAt", "Feedback", "CreatedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Feedback", "Domains", "RedirectUrls", "MediaItems", "ContentVersions", "ContentNodes", "ContentTypes", "DataTypes" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
