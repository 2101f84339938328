namespace SelfCare.Host.Demo;

internal sealed class DemoOrderNote
{
    public string Text { get; set; } = "";
    public string Author { get; set; } = "";
    public int DaysAgo { get; set; }
}
