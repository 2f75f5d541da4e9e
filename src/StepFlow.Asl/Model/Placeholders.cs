using System.Collections.Generic;
using System.Text;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Model;

/// <summary>
/// Finds the <c>${Name}</c> DefinitionSubstitutions placeholders in a definition, the way SAM, CloudFormation, CDK
/// and Terraform fill them: by name, anywhere inside a string value.
/// </summary>
public static class Placeholders
{
    /// <summary>Each placeholder name with the JSON paths of the strings that use it, names in ordinal order.</summary>
    public static SortedDictionary<string, List<string>> Find(AslValue definition)
    {
        var found = new SortedDictionary<string, List<string>>(System.StringComparer.Ordinal);
        Walk(definition, "$", found);
        return found;
    }

    /// <summary>The substitutions file: <c>{"Name": ["$.States.X.Resource", ...]}</c>, deterministic.</summary>
    public static AslObject ToDocument(AslValue definition)
    {
        var builder = new AslObjectBuilder();
        foreach (var pair in Find(definition))
        {
            var paths = new List<AslValue>();
            foreach (var path in pair.Value)
            {
                paths.Add(new AslString(path));
            }

            builder.Set(pair.Key, new AslArray(paths.ToEquatableArray()));
        }

        return builder.ToObject();
    }

    /// <summary>Extracts the names in one string: <c>arn:${Partition}:states:::${X}</c> gives Partition and X.</summary>
    public static IEnumerable<string> NamesIn(string text)
    {
        var index = 0;
        while ((index = text.IndexOf("${", index, System.StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf('}', index + 2);
            if (end < 0)
            {
                yield break;
            }

            var name = text.Substring(index + 2, end - index - 2);
            if (IsName(name))
            {
                yield return name;
            }

            index = end + 1;
        }
    }

    private static bool IsName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == ':'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Walk(AslValue value, string path, SortedDictionary<string, List<string>> found)
    {
        switch (value)
        {
            case AslString s:
                foreach (var name in NamesIn(s.Value))
                {
                    if (!found.TryGetValue(name, out var paths))
                    {
                        paths = new List<string>();
                        found.Add(name, paths);
                    }

                    if (!paths.Contains(path))
                    {
                        paths.Add(path);
                    }
                }

                break;
            case AslObject o:
                foreach (var property in o.Properties)
                {
                    Walk(property.Value, Append(path, property.Name), found);
                }

                break;
            case AslArray a:
                for (var i = 0; i < a.Items.Count; i++)
                {
                    Walk(a.Items[i], path + "[" + i + "]", found);
                }

                break;
        }
    }

    /// <summary>Appends a member to a JSONPath, bracket-quoting names that are not plain identifiers.</summary>
    public static string Append(string path, string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                var builder = new StringBuilder(path).Append("['");
                builder.Append(name.Replace("\\", "\\\\").Replace("'", "\\'"));
                return builder.Append("']").ToString();
            }
        }

        return path + "." + name;
    }
}
