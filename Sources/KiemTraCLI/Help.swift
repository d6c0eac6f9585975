/// Usage texts, one per command, in Vietnamese.
enum Help {
  static let version = "0.1.0"
  static let commands = [
    "check", "holidays", "deadlines", "outline", "template", "calendar", "budget", "communes",
    "schedule", "decision", "notify", "diff", "lunar", "import", "review", "followup", "summary", "board", "receive", "remind", "conclusion", "help",
  ]

  static let general = """
    kiemtra: lập, kiểm tra và theo dõi kế hoạch kiểm tra cải cách hành chính.

    Cách dùng: kiemtra LỆNH [TÙY CHỌN]... [TỆP]

    Các lệnh:
      check PLAN        kiểm tra kế hoạch: trùng lịch, ngày nghỉ, hạn báo cáo, tỷ lệ kiểm tra
      holidays NĂM      các ngày nghỉ lễ, Tết, nghỉ bù và làm bù của một năm
      deadlines PLAN    hạn báo cáo của từng đơn vị tính đến một ngày
      outline PLAN      đề cương báo cáo (danh sách mục và phụ lục) cho từng đơn vị được kiểm tra
      template check TỆP  kiểm tra tệp đề cương
      calendar PLAN     lịch kiểm tra cả năm: bảng phụ lục, lịch tháng, lịch từng người, ics, csv, html
      budget PLAN       dự toán kinh phí hỗ trợ Đoàn kiểm tra
      schedule PLAN     đề xuất thời gian kiểm tra và hạn báo cáo thỏa mọi quy tắc
      decision PLAN -o TỆP.docx  quyết định phê duyệt, kế hoạch và phụ lục (văn bản Word trình ký)
      notify PLAN -o THƯ_MỤC  thông báo lịch kiểm tra gửi từng đơn vị, kèm đề cương (Word)
      diff CŨ MỚI       bảng điều chỉnh giữa hai phiên bản kế hoạch (như quyết định điều chỉnh)
      communes PLAN     chọn ngẫu nhiên xã kiểm tra thêm tại mỗi huyện (có seed để kiểm chứng)
      lunar NGÀY        đổi ngày dương lịch sang âm lịch (hoặc --solar: âm lịch sang dương lịch)
      import TỆP -o PLAN  đọc kế hoạch có sẵn (.docx, .xlsx, .csv, .txt) thành tệp kế hoạch rồi kiểm tra
      review PLAN --unit MÃ BÁO_CÁO  đối chiếu báo cáo của đơn vị với đề cương
      followup PLAN     theo dõi thực hiện kiến nghị sau kiểm tra (quá hạn, sắp đến hạn, đã xong)
      summary PLAN      báo cáo kết quả thực hiện kế hoạch kiểm tra trong năm
      board PLAN        một trang HTML theo dõi: lịch, báo cáo, đối chiếu, kiến nghị
      receive PLAN --unit MÃ  ghi nhận báo cáo đã nhận (sửa trực tiếp tệp kế hoạch; --undo để bỏ)
      remind PLAN       đơn vị cần đôn đốc gửi báo cáo; -o THƯ_MỤC: công văn đôn đốc .docx
      conclusion PLAN --inspection MÃ -o TỆP.docx  thông báo kết luận kiểm tra (Word)
      help LỆNH         hướng dẫn chi tiết một lệnh

    Mọi lệnh đọc kế hoạch (và holidays) nhận thêm --holidays TỆP: tệp quyết định ngày nghỉ hằng
    năm (JSON) bổ sung hoặc thay thế dữ liệu có sẵn.

    Mã thoát: 0 không có lỗi; 1 kế hoạch có lỗi; 2 lỗi dòng lệnh hoặc tệp đầu vào.

    """

  static func usage(for command: String) -> String? {
    switch command {
    case "check": return CheckCommand.usage
    case "holidays": return HolidaysCommand.usage
    case "deadlines": return DeadlinesCommand.usage
    case "outline": return OutlineCommand.usage
    case "template": return TemplateCommand.usage
    case "calendar": return CalendarCommand.usage
    case "budget": return BudgetCommand.usage
    case "communes": return CommunesCommand.usage
    case "schedule": return ScheduleCommand.usage
    case "decision": return DecisionCommand.usage
    case "notify": return NotifyCommand.usage
    case "diff": return DiffCommand.usage
    case "lunar": return LunarCommand.usage
    case "import": return ImportCommand.usage
    case "review": return ReviewCommand.usage
    case "followup": return FollowupCommand.usage
    case "summary": return SummaryCommand.usage
    case "board": return BoardCommand.usage
    case "receive": return ReceiveCommand.usage
    case "remind": return RemindCommand.usage
    case "conclusion": return ConclusionCommand.usage
    case "help": return general
    default: return nil
    }
  }
}
