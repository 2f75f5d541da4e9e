using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace StepFlow.Client.Tests.Generation;

/// <summary>
/// Compares generated code with a checked-in <c>Snapshots/&lt;name&gt;.verified.cs</c>. On a difference it writes
/// <c>&lt;name&gt;.received.cs</c> beside it and fails: review the diff, then rename received to verified to accept.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(callerPath))!, "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? "No snapshot " + verified + " yet; review " + received + " and rename it to accept."
            : "Generated code differs from " + verified + "; see " + received + ".");
    }
}
