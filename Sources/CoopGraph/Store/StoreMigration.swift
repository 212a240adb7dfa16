/// One step of the store schema: the SQL that brings `user_version` from `version - 1` to `version`.
public struct StoreMigration: Sendable, Hashable {
    public var version: Int
    public var sql: String

    public init(version: Int, sql: String) {
        self.version = version
        self.sql = sql
    }
}
