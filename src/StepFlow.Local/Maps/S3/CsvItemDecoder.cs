using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Maps.S3;

/// <summary>Turns CSV text into one object per row, keyed by the header row or the given headers. Values stay
/// strings; missing trailing fields become "" and extra fields are dropped, as AWS does.</summary>
internal static class CsvItemDecoder
{
    public static JsonArray Decode(string text, ReaderSettings settings)
    {
        var rows = Rows(text, settings.Delimiter);
        var first = 0;
        IReadOnlyList<string> headers;
        if (settings.HeaderInFirstRow)
        {
            if (rows.Count == 0)
            {
                return new JsonArray();
            }

            headers = rows[0];
            first = 1;
        }
        else
        {
            headers = settings.GivenHeaders!;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            if (!seen.Add(header))
            {
                throw ItemReaderErrors.Failed("CSV headers cannot contain duplicates.");
            }
        }

        var items = new JsonArray();
        for (var r = first; r < rows.Count; r++)
        {
            var row = rows[r];
            var item = new JsonObject();
            for (var c = 0; c < headers.Count; c++)
            {
                item[headers[c]] = c < row.Count ? row[c] : string.Empty;
            }

            items.Add((JsonNode)item);
        }

        return items;
    }

    /// <summary>RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks; CRLF or LF
    /// ends a record; blank lines are skipped.</summary>
    private static List<List<string>> Rows(string text, char delimiter)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
                fieldStarted = true;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRow(rows, ref row, field, fieldStarted);
                fieldStarted = false;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        EndRow(rows, ref row, field, fieldStarted);
        return rows;
    }

    private static void EndRow(List<List<string>> rows, ref List<string> row, StringBuilder field, bool fieldStarted)
    {
        if (row.Count == 0 && !fieldStarted)
        {
            return;
        }

        row.Add(field.ToString());
        field.Clear();
        rows.Add(row);
        row = new List<string>();
    }
}
