namespace SelfCare.Platform.Downloads;

/// <summary>
/// The Downloads tab's shelf: files produced for an account (report runs, exports, monthly CDR files). Implemented by the
/// Reports module (a module that adds files declares <c>DependsOn = ["Reports"]</c>); kept per the tenant's retention policy.
/// </summary>
public interface IAccountDownloads
{
    /// <summary>Stores <paramref name="content"/> (read to its end) for <paramref name="download"/>'s account; returns its id.</summary>
    Task<Guid> AddAsync(NewDownload download, Stream content, CancellationToken cancellationToken);
}
