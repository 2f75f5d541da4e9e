using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace StepFlow.Build;

/// <summary>
/// Reads the <c>[assembly: StepFlow.GeneratedArtifact(fileName, content)]</c> attributes of a compiled assembly
/// with System.Reflection.Metadata: no assembly is loaded, so nothing is locked and nothing runs.
/// </summary>
internal static class ArtifactReader
{
    private const string AttributeNamespace = "StepFlow";
    private const string AttributeName = "GeneratedArtifactAttribute";

    public static IReadOnlyList<Artifact> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var artifacts = new List<Artifact>();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsArtifactAttribute(metadata, attribute))
            {
                continue;
            }

            var blob = metadata.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
            {
                throw new BadImageFormatException("Unexpected custom attribute prolog in " + assemblyPath);
            }

            var fileName = blob.ReadSerializedString();
            var content = blob.ReadSerializedString();
            if (fileName is null || content is null)
            {
                continue;
            }

            artifacts.Add(new Artifact(fileName, content));
        }

        return artifacts;
    }

    private static bool IsArtifactAttribute(MetadataReader metadata, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (constructor.Parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
        return metadata.StringComparer.Equals(type.Name, AttributeName)
            && metadata.StringComparer.Equals(type.Namespace, AttributeNamespace);
    }
}

/// <summary>One file to write: its name under the output folder and its text.</summary>
internal sealed record Artifact(string FileName, string Content);
