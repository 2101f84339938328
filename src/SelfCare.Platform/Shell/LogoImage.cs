namespace SelfCare.Platform.Shell;

/// <summary>An uploaded logo's bytes and media type (image/png, image/jpeg, image/gif or image/webp, checked by signature).</summary>
public sealed record LogoImage(byte[] Content, string ContentType);
