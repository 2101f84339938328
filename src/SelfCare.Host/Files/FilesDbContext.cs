using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Files;

/// <summary>The "files" schema in each tenant database: metadata of uploads, scoped by account like module data.</summary>
internal sealed class FilesDbContext(DbContextOptions<FilesDbContext> options, IAccountScope scope)
    : ModuleDbContext(options, scope)
{
    public static readonly SchemaDescriptor Schema =
        new("files", typeof(FilesDbContext), typeof(FilesDbContext).Assembly, "Files/Migrations");

    public DbSet<FileRecord> Files => Set<FileRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<FileRecord>(f =>
        {
            f.ToTable("files");
            f.HasKey(x => x.Id);
            f.Property(x => x.Id).ValueGeneratedNever();
            f.Property(x => x.OriginalName).HasMaxLength(FileNames.MaxLength);
            f.Property(x => x.Kind).HasMaxLength(100);
            f.Property(x => x.ContentType).HasMaxLength(200);
            f.Property(x => x.Sha256).HasMaxLength(64);
            f.Property(x => x.UploadedBy).HasMaxLength(256);
            f.HasIndex(x => x.AccountId);
        });
    }
}
