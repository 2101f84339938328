namespace SelfCare.Platform.Shell;

/// <summary>An account of the user menu's switcher: its id and "number - name".</summary>
public sealed record ShellAccount(Guid Id, string Label);
