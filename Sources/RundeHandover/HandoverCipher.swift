import Crypto
import Foundation
import _CryptoExtras

/// The scrypt cost of a handover file's key: N = 2^log2N, block size r, parallelism p.
public struct KDFCost: Equatable, Sendable {
    public var log2N: UInt8
    public var r: UInt8
    public var p: UInt8

    public init(log2N: UInt8, r: UInt8, p: UInt8) {
        self.log2N = log2N
        self.r = r
        self.p = p
    }

    /// N = 2^16, r = 8, p = 1 (64 MiB): about 0.3–0.5 s on a 2020s laptop.
    public static let standard = KDFCost(log2N: 16, r: 8, p: 1)
    /// Cheap parameters for tests only.
    public static let testing = KDFCost(log2N: 10, r: 8, p: 1)

    /// Files may not ask for more than this (N ≤ 2^20, r ≤ 16, p ≤ 4: at most 2 GiB·s of work),
    /// so a foreign file cannot make the import eat all memory.
    var isAcceptable: Bool {
        (10...20).contains(log2N) && (1...16).contains(r) && (1...4).contains(p)
    }
}

/// The encrypted container: magic, version, scrypt parameters, salt, nonce, then the
/// ChaCha20-Poly1305 ciphertext and tag. The whole header is authenticated as associated data.
///
/// ```
/// "RUNDEHO\0" | version u8 = 1 | kdf u8 = 1 (scrypt) | log2N u8 | r u8 | p u8
/// | salt[16] | nonce[12] | ciphertext | tag[16]
/// ```
public enum HandoverCipher {
    public static let magic: [UInt8] = Array("RUNDEHO".utf8) + [0]
    public static let version: UInt8 = 1
    static let kdfScrypt: UInt8 = 1
    static let saltLength = 16
    static let nonceLength = 12
    static let tagLength = 16
    static let headerLength = magic.count + 5 + saltLength + nonceLength

    /// Derives the 256-bit key from a passphrase (NFC-normalised UTF-8).
    public static func deriveKey(passphrase: String, salt: some DataProtocol, cost: KDFCost) throws
        -> SymmetricKey
    {
        let bytes = Array(passphrase.precomposedStringWithCanonicalMapping.utf8)
        return try KDF.Scrypt.deriveKey(
            from: bytes, salt: salt, outputByteCount: 32,
            rounds: 1 << Int(cost.log2N), blockSize: Int(cost.r), parallelism: Int(cost.p))
    }

    /// Encrypts `plaintext` with a fresh random salt and nonce.
    public static func seal(_ plaintext: Data, passphrase: String, cost: KDFCost = .standard) throws
        -> Data
    {
        var salt = [UInt8](repeating: 0, count: saltLength)
        var rng = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = rng.next() }
        let nonce = ChaChaPoly.Nonce()
        var header = magic
        header += [version, kdfScrypt, cost.log2N, cost.r, cost.p]
        header += salt
        header += Array(nonce)
        let key = try deriveKey(passphrase: passphrase, salt: salt, cost: cost)
        let box = try ChaChaPoly.seal(plaintext, using: key, nonce: nonce, authenticating: header)
        var out = Data(header)
        out.append(box.ciphertext)
        out.append(box.tag)
        return out
    }

    /// Checks the header only: magic, version, parameters, length. `file` names it in errors.
    public static func checkHeader(_ data: Data, file: String) throws(HandoverError) -> KDFCost {
        let bytes = [UInt8](data.prefix(headerLength))
        if bytes.count < magic.count {
            if !bytes.isEmpty, Array(magic.prefix(bytes.count)) == bytes {
                throw .truncated(file: file)
            }
            throw .notAHandoverFile(file: file)
        }
        guard Array(bytes.prefix(magic.count)) == magic else { throw .notAHandoverFile(file: file) }
        guard bytes.count > magic.count else { throw .truncated(file: file) }
        let v = bytes[magic.count]
        guard v == version else { throw .unsupportedVersion(file: file, version: Int(v)) }
        guard bytes.count == headerLength, data.count >= headerLength + tagLength else {
            throw .truncated(file: file)
        }
        guard bytes[magic.count + 1] == kdfScrypt else { throw .unreasonableCost(file: file) }
        let cost = KDFCost(
            log2N: bytes[magic.count + 2], r: bytes[magic.count + 3], p: bytes[magic.count + 4])
        guard cost.isAcceptable else { throw .unreasonableCost(file: file) }
        return cost
    }

    /// Decrypts a handover file. Any change to any byte, or a wrong passphrase, is refused.
    public static func open(_ data: Data, passphrase: String, file: String) throws(HandoverError)
        -> Data
    {
        let cost = try checkHeader(data, file: file)
        let bytes = [UInt8](data)
        let header = Array(bytes[0..<headerLength])
        let salt = Array(bytes[(magic.count + 5)..<(magic.count + 5 + saltLength)])
        let nonceBytes = Array(bytes[(headerLength - nonceLength)..<headerLength])
        let body = bytes[headerLength..<(bytes.count - tagLength)]
        let tag = bytes[(bytes.count - tagLength)...]
        do {
            let key = try deriveKey(passphrase: passphrase, salt: salt, cost: cost)
            let box = try ChaChaPoly.SealedBox(
                nonce: ChaChaPoly.Nonce(data: nonceBytes), ciphertext: body, tag: tag)
            return try ChaChaPoly.open(box, using: key, authenticating: header)
        } catch {
            throw .wrongPassphraseOrDamaged(file: file)
        }
    }
}
