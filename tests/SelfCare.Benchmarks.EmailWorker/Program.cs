using System.Globalization;
using SelfCare.Benchmarks.EmailWorker;

// One measurement per process:
//   sink PORT [quickack]                         a loopback SMTP server that accepts everything (prints "count N")
//   render SECONDS                               template renders per second (cached compile) and compiles per second
//   transport PORT COUNT PARALLELISM             SMTP hand-offs per second through the host's SmtpTransport
//   dispatch PORT COUNT PARALLELISM DATAROOT TENANTSFILE
//                                                the whole outbox: compose + commit, then the dispatcher until all are sent
// Prints one JSON object on the last line of standard output (sink: runs until killed).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
return args switch
{
    ["sink", var port] => await SmtpSinkServer.RunAsync(Int(port), quickAck: false),
    ["sink", var port, "quickack"] => await SmtpSinkServer.RunAsync(Int(port), quickAck: true),
    ["render", var seconds] => RenderRun.Run(double.Parse(seconds, CultureInfo.InvariantCulture)),
    ["transport", var port, var count, var parallelism] => await TransportRun.RunAsync(Int(port), Int(count), Int(parallelism)),
    ["dispatch", var port, var count, var parallelism, var dataRoot, var tenantsFile] =>
        await DispatchRun.RunAsync(Int(port), Int(count), Int(parallelism), dataRoot, tenantsFile),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: sink PORT [quickack] | render SECONDS | transport PORT COUNT PARALLELISM | dispatch PORT COUNT PARALLELISM DATAROOT TENANTSFILE");
    return 2;
}
