using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Templates;

/// <summary>The current tenant's template versions in its own database.</summary>
internal sealed class EmailTemplateStore(EmailDbContext db, EmailTemplateEngine engine, TimeProvider clock)
{
    public Task<EmailTemplateOverride?> FindAsync(string name, CancellationToken ct) =>
        db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name && t.IsCustom, ct);

    public async Task<Dictionary<string, EmailTemplateOverride>> AllAsync(CancellationToken ct) =>
        await db.Templates.AsNoTracking().Where(t => t.IsCustom).ToDictionaryAsync(t => t.Name, ct);

    /// <summary>Saves a tenant's version after compiling it; throws <see cref="EmailTemplateException"/> if it does not compile.</summary>
    public async Task SaveAsync(string name, EmailTemplateSource source, string? user, CancellationToken ct)
    {
        engine.Compile(source);
        var row = await db.Templates.FirstOrDefaultAsync(t => t.Name == name, ct);
        if (row is null)
        {
            row = new EmailTemplateOverride { Name = name };
            db.Templates.Add(row);
        }
        row.Subject = source.Subject;
        row.HtmlBody = source.HtmlBody;
        row.TextBody = source.TextBody;
        row.IsCustom = true;
        row.Version++;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = user;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Back to the default. The row stays (not custom) so the next save gets a new version number.</summary>
    public async Task RevertAsync(string name, string? user, CancellationToken ct)
    {
        var row = await db.Templates.FirstOrDefaultAsync(t => t.Name == name, ct);
        if (row is null || !row.IsCustom)
            return;
        row.IsCustom = false;
        row.Subject = row.HtmlBody = row.TextBody = "";
        row.Version++;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = user;
        await db.SaveChangesAsync(ct);
    }
}
