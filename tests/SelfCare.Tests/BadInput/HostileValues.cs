namespace SelfCare.Tests.BadInput;

/// <summary>Malformed and hostile values a user or client may send in any field.</summary>
internal static class HostileValues
{
    public const string ScriptTag = "<script>window.__xss=1</script>";
    public const string ImgOnError = "\"><img src=x onerror=window.__xss=1>";

    public static readonly string Huge = new('x', 100_000);

    public static readonly string[] All =
    [
        ScriptTag, ImgOnError, "' OR 1=1 --", "'; DROP TABLE x; --", Huge, "\u0000\u0001\u001b[31m", "\r\nSet-Cookie: x=y",
        "𝕏🤖‍🔥 e\u0301 \u202Eabc", "-1", "-99999999999999999999", "1e309", "NaN", "9223372036854775808", "0x10", "", " ",
        "../../etc/passwd", "%00", "{{7*7}}", "${7*7}",
    ];

    /// <summary>Five values for the all-fields-at-once posts: markup, SQL, size, control characters, numbers.</summary>
    public static readonly string[] Sample = [ImgOnError, "'; DROP TABLE x; --", Huge, "\u0000\u0001\u001b[31m", "-99999999999999999999"];
}
