namespace SelfCare.Platform.Shell;

/// <summary>Builds the shell model (brand, tabs, user) that theme layouts render.</summary>
public interface IPortalShell
{
    Task<ShellModel> GetAsync();
}
