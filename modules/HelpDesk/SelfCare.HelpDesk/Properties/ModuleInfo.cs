using System.Runtime.CompilerServices;
using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.HelpDesk.HelpDeskModule))]
[assembly: InternalsVisibleTo("SelfCare.Tests")]
