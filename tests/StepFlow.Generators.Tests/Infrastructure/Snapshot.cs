using System.IO;
using Xunit.Sdk;

namespace StepFlow.Generators.Tests.Infrastructure;

/// <summary>
/// Compares text with a checked-in <c>*.verified.*</c> file. On a difference it writes <c>*.received.*</c> beside
/// it and fails; accept a change by replacing the verified file with the received one after review.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string extension, string actual)
    {
        var verified = Path.Combine(RepositoryPaths.Snapshots, name + ".verified." + extension);
        var received = Path.Combine(RepositoryPaths.Snapshots, name + ".received." + extension);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual);
        throw new XunitException(expected is null
            ? "No verified snapshot " + verified + "; review " + received + " and rename it to accept."
            : "Snapshot " + verified + " differs; review " + received + " (first difference at character " + FirstDifference(expected, actual) + ").");
    }

    private static int FirstDifference(string a, string b)
    {
        var length = System.Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }
}
