namespace SelfCare.Platform.Api;

/// <summary>What an API key may do with one module's resources. Scopes are separate: write does not imply read.</summary>
public enum ApiAccess
{
    Read,
    Write,
}
