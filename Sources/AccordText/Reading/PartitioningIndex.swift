extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsInSecondPart`, for a collection already
    /// partitioned by it (every element that fails comes before every one that holds); `endIndex`
    /// when none does.
    ///
    /// A binary search: token ranges, segments and negations are in text order, and the readers
    /// look things up once per clause, so a scan would make long texts quadratic.
    package func partitioningIndex(where belongsInSecondPart: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = distance(from: startIndex, to: endIndex)
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsInSecondPart(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
