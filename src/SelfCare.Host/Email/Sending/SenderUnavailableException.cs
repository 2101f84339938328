namespace SelfCare.Host.Email.Sending;

/// <summary>The tenant's mail route cannot be used at all (e.g. its stored password can no longer be decrypted).</summary>
internal sealed class SenderUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
